/**
 * The partnership registry (who may record and change what, validation, change events), and the seeder
 * of the partnerships named in the report's interviews.
 */
package fr.metamut.partnership.service;
