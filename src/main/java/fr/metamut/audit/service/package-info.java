/**
 * Writes every published audit event to the audit log
 * (and a log line) with its time and address; reads the log for the administrators' page.
 */
@NullMarked
package fr.metamut.audit.service;

import org.jspecify.annotations.NullMarked;
