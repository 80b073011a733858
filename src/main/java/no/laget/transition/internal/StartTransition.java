package no.laget.transition.internal;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Child welfare starts the transition with a NAV office. The service answers every problem of the office (none
 * chosen, unknown, no consent) and of the young person (no measures, started already) at once. Also the API's body.
 */
public record StartTransition(@Schema(requiredMode = REQUIRED) Long navUnitId) {}
