package no.laget.agreement.internal;

/** An employee's experience of the cooperation, before the annual evaluation, as typed. */
public record InputForm(String text) {

    public GiveInput toCommand() {
        return new GiveInput(text).read();
    }
}
