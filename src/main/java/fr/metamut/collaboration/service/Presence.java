package fr.metamut.collaboration.service;

/** Someone with a shared item open: who, and which field they are editing (null when none). */
public record Presence(String username, String displayName, String field) {

    public Presence editing(String newField) {
        return new Presence(username, displayName, newField);
    }
}
