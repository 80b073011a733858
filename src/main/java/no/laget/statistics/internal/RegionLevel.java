package no.laget.statistics.internal;

/** What a region code names: SSB's "0" is the whole country, two digits a county, four a municipality. */
public enum RegionLevel { MUNICIPALITY, COUNTY, COUNTRY }
