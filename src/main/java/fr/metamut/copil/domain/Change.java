package fr.metamut.copil.domain;

/**
 * One row of the comparison of two meetings, ready to show: what changed ({@code kind}), on what (a service, an
 * offer's or action's title...), where (a département code, for coverage), the value before and after, and a
 * detail (who offers it, the decision's rationale, the owner...). Texts already in the reader's language.
 */
public record Change(ChangeKind kind, String subject, String departement, String before, String after,
                     String detail) {
}
