/**
 * OCI Functions' limits on a function's memory and timeout, written once for the config schema and the
 * ContainerFunction construct ("Changing Default Memory and Timeout Settings",
 * https://docs.oracle.com/iaas/Content/Functions/Tasks/functionscustomizing.htm).
 */

/** memoryInMBs is "one of" these, not any number between them. */
export const MEMORY_IN_MBS_CHOICES = [128, 256, 512, 1024, 2048, 3072] as const;

/**
 * timeoutInSeconds: "Maximum value: 300". The page gives no minimum for it (5 is the minimum of the detached-mode
 * timeout on the same page); 5 is ours, so that a typo such as 0 fails at synth.
 */
export const MIN_TIMEOUT_IN_SECONDS = 5;
export const MAX_TIMEOUT_IN_SECONDS = 300;
