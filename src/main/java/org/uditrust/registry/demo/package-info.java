/**
 * A demonstration inventory built through the registry services only, shared by {@code uditrust demo create} and
 * the desktop app's {@code --demo}.
 */
package org.uditrust.registry.demo;
