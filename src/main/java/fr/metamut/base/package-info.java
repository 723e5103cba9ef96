/**
 * What every feature shares: the entity base class, the reference-data loading machinery, the current
 * user, translations and the main layout. Nothing here depends on a feature package.
 */
package fr.metamut.base;
