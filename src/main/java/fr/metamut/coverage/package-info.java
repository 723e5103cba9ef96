/**
 * Coverage: what the survey says communes need, what the report published, and (in later work) the
 * matrix of gaps and doublons computed from the offerings.
 */
package fr.metamut.coverage;
