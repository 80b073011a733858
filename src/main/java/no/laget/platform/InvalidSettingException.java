package no.laget.platform;

/** A setting that is given but cannot be right: a value Laget does not know, or one that contradicts another. */
public class InvalidSettingException extends IllegalStateException {

    private final String name;

    public InvalidSettingException(String name, String problem) {
        super(name + ": " + problem);
        this.name = name;
    }

    /** The environment variable to correct. */
    public String name() {
        return name;
    }
}
