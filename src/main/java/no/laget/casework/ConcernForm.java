package no.laget.casework;

/** The note as typed: the date of what was seen, what was seen, whether violence, abuse or serious neglect is suspected. */
public record ConcernForm(String observedOn, String whatSeen, String suspicionOfHarm, String version) {

    public boolean suspicion() {
        return "true".equals(suspicionOfHarm);
    }
}
