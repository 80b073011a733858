package no.laget.platform.web;

import java.util.List;

import no.laget.platform.security.SignedInUser;

/** A module's links for a signed-in user; return only what that user may use. */
public interface MenuContributor {

    List<MenuItem> itemsFor(SignedInUser user);
}
