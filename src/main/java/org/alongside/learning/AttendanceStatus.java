package org.alongside.learning;

/** How a trainee was marked for one course day. */
public enum AttendanceStatus { PRESENT, ABSENT, EXCUSED }
