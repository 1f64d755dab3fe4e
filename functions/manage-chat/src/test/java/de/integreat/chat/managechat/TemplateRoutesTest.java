package de.integreat.chat.managechat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.integreat.chat.config.ChatContext;
import de.integreat.chat.emulators.SamTemplate;
import de.integreat.chat.http.ApiFunction;
import de.integreat.chat.testing.TestEnvironment;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** template.yaml and the handlers agree: every route of a function is dispatched by it, and CMS routes use the JWT authorizer. */
class TemplateRoutesTest {

    @Test
    void everyFunctionServesExactlyTheRoutesTheTemplateGivesIt() throws Exception {
        ChatContext context = TestEnvironment.create().context();
        for (SamTemplate.FunctionSpec function : SamTemplate.load().functions()) {
            ApiFunction handler = (ApiFunction) Class.forName(function.handlerClass())
                    .getConstructor(ChatContext.class).newInstance(context);
            Set<String> templateKeys = new TreeSet<>();
            function.routes().forEach(route -> templateKeys.add(ApiFunction.canonicalRouteKey(route.routeKey())));

            assertEquals(new TreeSet<>(handler.routeKeys()), templateKeys, function.logicalId());
            for (SamTemplate.RouteSpec route : function.routes()) {
                assertEquals(route.path().startsWith("/cms/"), "CmsJwt".equals(route.authorizer()), route.routeKey());
            }
            long slashed = function.routes().stream().filter(r -> r.path().endsWith("/")).count();
            assertTrue(slashed * 2 == function.routes().size(), function.logicalId() + ": each route with and without slash");
        }
    }
}
