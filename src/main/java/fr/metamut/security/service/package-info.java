/**
 * Authentication (accounts as Spring Security users), account administration (administrators only),
 * demo accounts outside production and the production bootstrap of the first administrator.
 */
package fr.metamut.security.service;
