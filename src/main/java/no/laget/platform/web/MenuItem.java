package no.laget.platform.web;

/**
 * A link on the start page and in the navigation. Modules contribute their own through
 * {@link MenuContributor}, so the shell never needs to know them.
 *
 * @param order     where it stands; lower first
 * @param path      the page it leads to
 * @param labelKey  message key of the link text
 * @param hintKey   message key of a one-line description on the start page
 */
public record MenuItem(int order, String path, String labelKey, String hintKey) {}
