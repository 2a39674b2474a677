/** The Devices view: the inventory as a lazily paged table, the selected device's detail and changes, and the
 * database tools (GUDID import, backup, restore). */
package org.uditrust.app.devices;
