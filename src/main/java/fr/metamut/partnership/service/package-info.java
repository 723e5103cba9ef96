/** Partnership services, and the seeder of the partnerships named in the report's interviews. */
package fr.metamut.partnership.service;
