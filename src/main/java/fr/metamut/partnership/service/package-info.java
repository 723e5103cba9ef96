/**
 * The partnership registry (who may record and change what, validation, change events), and the seeder
 * of the partnerships named in the report's interviews.
 */
@NullMarked
package fr.metamut.partnership.service;

import org.jspecify.annotations.NullMarked;
