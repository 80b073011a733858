/**
 * Laget: the team around the child. Each direct subpackage is a module; see docs/modules.
 */
package no.laget;
