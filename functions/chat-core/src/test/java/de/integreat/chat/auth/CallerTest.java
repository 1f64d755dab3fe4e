package de.integreat.chat.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class CallerTest {

    @Test
    void rolesAreReadFromEveryListFormApiGatewayPasses() {
        assertEquals(Set.of("staff", "counsellor:augsburg"), Caller.parseRoles("[staff counsellor:augsburg]"));
        assertEquals(Set.of("staff", "management"), Caller.parseRoles("[\"staff\",\"management\"]"));
        assertEquals(Set.of("staff", "management"), Caller.parseRoles("staff, management"));
        assertEquals(Set.of(), Caller.parseRoles(""));
    }

    @Test
    void regionScopedRoleCountsOnlyForItsRegion() {
        Caller caller = new Caller("u1", "Alex", Set.of("counsellor:artland"));

        assertTrue(caller.has(Caller.COUNSELLOR, "artland"));
        assertFalse(caller.has(Caller.COUNSELLOR, "augsburg"));
    }
}
