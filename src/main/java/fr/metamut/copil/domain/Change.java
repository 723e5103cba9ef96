package fr.metamut.copil.domain;

import org.jspecify.annotations.Nullable;

/**
 * One row of the comparison of two meetings, ready to show: what changed ({@code kind}), on what (a service, an
 * offer's or action's title...), where (a département code, for coverage), the value before and after, and a
 * detail (who offers it, the decision's rationale, the owner...). Texts already in the reader's language.
 */
public record Change(ChangeKind kind, String subject, @Nullable String departement, @Nullable String before, @Nullable String after,
                     @Nullable String detail) {
}
