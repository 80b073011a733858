package no.laget.feedback;

/**
 * An employee sent a feedback invitation to a child's page in the family's door. Published inside the transaction
 * that stored it; the family's door notices those who see the child's page (by e-mail, when they asked for it).
 * {@code ref} is the invitation's opaque reference on that page ({@link FeedbackForFamily#open(long, String)}), never
 * its token.
 */
public record FeedbackInvitedOnFamilyPage(String ref, long childId) {}
