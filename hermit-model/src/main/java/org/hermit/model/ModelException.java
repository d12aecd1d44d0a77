package org.hermit.model;

/** The model reached an impossible state (a NaN or an infinity); names the variable and the month. */
public final class ModelException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ModelException(String message) {
        super(message);
    }
}
