/** Coverage services, and the seeder of the survey and report tables. */
package fr.metamut.coverage.service;
