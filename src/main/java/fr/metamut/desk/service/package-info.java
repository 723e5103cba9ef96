/** The desks' contents, read through the other features' services as the current user may see them. */
@NullMarked
package fr.metamut.desk.service;

import org.jspecify.annotations.NullMarked;
