/** Partnership entities and their repository. */
package fr.metamut.partnership.domain;
