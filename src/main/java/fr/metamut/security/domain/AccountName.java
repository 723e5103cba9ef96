package fr.metamut.security.domain;

/** An account's login and display name, without the rest of the account (nor its operator). */
public record AccountName(String username, String displayName) {
}
