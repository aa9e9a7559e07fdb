// Time as a dependency: code that depends on the time takes a clock, so tests can move it.
export type Clock = () => Date;
export const systemClock: Clock = () => new Date();
