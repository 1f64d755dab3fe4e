package de.integreat.chat.inbox;

import de.integreat.chat.appchat.AppRegions;
import de.integreat.chat.auth.Caller;
import de.integreat.chat.settings.RegionSettings;

/** Who may use a region's inbox: its counsellors ({@code counsellor:<region>} or {@code counsellor}), management and staff. */
final class InboxAccess {

    private final AppRegions regions;

    InboxAccess(AppRegions regions) {
        this.regions = regions;
    }

    /** The region's settings; 403 before anything is read when the role is missing, 404 for an unknown region. */
    RegionSettings require(Caller caller, String region) {
        caller.requireAny(region, Caller.STAFF, Caller.MANAGEMENT, Caller.COUNSELLOR);
        return regions.require(region);
    }
}
