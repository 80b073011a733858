package no.laget.statistics.internal;

/** What an import does when some rows are refused. */
enum ImportMode {
    /** Store every good row and report every bad one. */
    STORE_GOOD_ROWS,
    /** Store nothing unless every row is good. */
    ALL_OR_NOTHING
}
