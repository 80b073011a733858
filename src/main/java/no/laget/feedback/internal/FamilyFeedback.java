package no.laget.feedback.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import no.laget.feedback.FeedbackForFamily;
import no.laget.feedback.internal.FeedbackForms.AnswerForm;
import no.laget.organisation.Organisation;
import no.laget.organisation.Unit;
import no.laget.platform.validation.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link FeedbackForFamily}: the caller has decided access to the child through {@code access.FamilyDoor}. */
@Service
class FamilyFeedback implements FeedbackForFamily {

    private final Feedback feedback;
    private final FeedbackRepository repository;
    private final Organisation organisation;

    FamilyFeedback(Feedback feedback, FeedbackRepository repository, Organisation organisation) {
        this.feedback = feedback;
        this.repository = repository;
        this.organisation = organisation;
    }

    @Override
    public List<Invitation> open(long childId) {
        Map<Long, Unit> units = organisation.unitsById();
        return repository.openForChild(childId, feedback.today()).stream()
                .map(found -> view(found.ref(), found.invitation(), units)).toList();
    }

    @Override
    public Optional<Invitation> open(long childId, String ref) {
        return find(childId, ref).map(invitation -> view(UUID.fromString(ref), invitation, organisation.unitsById()));
    }

    @Override
    @Transactional
    public void answer(long childId, String ref, Answer answer) {
        FeedbackRepository.Invitation invitation = find(childId, ref)
                .orElseThrow(() -> new NotFoundException("feedback invitation"));
        feedback.answer(invitation, new AnswerForm(answer.respondent(), answer.heard(), answer.useful(),
                answer.improve(), answer.noNameConfirmed()));
    }

    private Optional<FeedbackRepository.Invitation> find(long childId, String ref) {
        UUID id = parse(ref);
        return id == null ? Optional.empty() : repository.forChild(childId, id).filter(feedback::open);
    }

    /** Only the canonical form of a UUID; anything else is an unknown invitation. */
    private static UUID parse(String ref) {
        if (ref == null || !ref.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")) {
            return null;
        }
        return UUID.fromString(ref);
    }

    private static Invitation view(UUID ref, FeedbackRepository.Invitation invitation, Map<Long, Unit> units) {
        Unit unit = units.get(invitation.unitId());
        return new Invitation(ref.toString(), invitation.kind(), unit == null ? "" : unit.name(),
                invitation.expiresOn());
    }
}
