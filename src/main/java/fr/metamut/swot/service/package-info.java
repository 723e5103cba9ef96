/** SWOT services, and the seeder of the report's 19 items. */
package fr.metamut.swot.service;
