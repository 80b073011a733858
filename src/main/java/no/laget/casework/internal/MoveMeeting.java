package no.laget.casework.internal;

import java.time.LocalDate;
import java.time.LocalTime;

/** A meeting moved to another day or time (and place), against the version seen. */
public record MoveMeeting(LocalDate day, LocalTime startTime, LocalTime endTime, String place, String videoLink,
        Integer version) {}
