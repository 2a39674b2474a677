/**
 * The one background-task abstraction: a {@link org.uditrust.app.task.BackgroundTask} reports title, message and
 * progress through a {@link org.uditrust.app.task.TaskContext}, can be cancelled, and is run by a
 * {@link org.uditrust.app.task.TaskRunner} on an injected executor with callbacks on the UI thread.
 */
package org.uditrust.app.task;
