package no.laget.agreement;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A cooperation agreement's annual evaluation was recorded. Published inside the recording transaction with the
 * evaluation as printed at that moment (the agreement, the staff's input for the round, the conclusion). An agreement
 * holds no child data, so the event names no child: partyUnitIds are the units whose employees may read it, as the
 * agreement's own rule says.
 */
public record AgreementEvaluated(long agreementId, String agreementTitle, List<Long> partyUnitIds, long unitId,
        long employeeId, OffsetDateTime recordedAt, LocalDate evaluatedOn, byte[] evaluation) {

    public AgreementEvaluated {
        partyUnitIds = List.copyOf(partyUnitIds);
    }

    @Override
    public String toString() {
        return "AgreementEvaluated[" + agreementId + "]";
    }
}
