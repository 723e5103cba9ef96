/** The desks' contents, read through the other features' services as the current user may see them. */
package fr.metamut.desk.service;
