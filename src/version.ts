/** Version stamped into exports and CLI output so data can be traced to the code that made it. */
export const VERSION = '0.1.0';
