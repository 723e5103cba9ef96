/**
 * The meetings' service (read by every logged-in user, recorded, corrected and removed by coordinators only), the
 * reading of a baseline through the other features' services, and the comparison sheet added to the workbook.
 */
@NullMarked
package fr.metamut.copil.service;

import org.jspecify.annotations.NullMarked;
