-- Unqualified names resolve in the attached file (each cursor starts in its own default catalog).
USE snapshot;
