import { z } from "zod";

// A stream name as nginx-rtmp passes it: our keys and session ids are [A-Za-z0-9.], never longer.
export const streamName = z.string().regex(/^[A-Za-z0-9._-]{1,100}$/);

/** on_publish / on_publish_done: nginx posts call, app, name, addr, tcUrl… (only these matter). */
export const publishCallback = z.object({ app: z.string().max(100), name: streamName });

/** on_record_done adds the recording's file. */
export const recordDoneCallback = publishCallback.extend({ path: z.string().min(1).max(1000) });
