/** Coverage services, and the seeder of the survey and report tables. */
@NullMarked
package fr.metamut.coverage.service;

import org.jspecify.annotations.NullMarked;
