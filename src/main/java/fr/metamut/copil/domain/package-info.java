/**
 * Meetings and their decisions (JPA), the frozen {@link fr.metamut.copil.domain.Baseline} and how it is stored
 * ({@link fr.metamut.copil.domain.BaselineCodec}: gzip-compressed JSON with a format number), and the pure
 * comparison of two baselines ({@link fr.metamut.copil.domain.Comparison}), the follow-up of decisions
 * ({@link fr.metamut.copil.domain.FollowUp}) and the workbook's sheet that shows them
 * ({@link fr.metamut.copil.domain.SinceLastMeetingSheet}).
 */
@NullMarked
package fr.metamut.copil.domain;

import org.jspecify.annotations.NullMarked;
