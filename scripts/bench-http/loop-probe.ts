// Loaded into the desk's own process by bench:http (`node --require`): it measures that
// process's event-loop delay (perf_hooks) and answers the bench over the IPC channel, so the
// server carries no bench code. Without an IPC channel it does nothing.
import { monitorEventLoopDelay } from 'node:perf_hooks';

export interface LoopDelay {
  p50: number;
  p99: number;
  max: number;
  mean: number;
}

const send = process.send?.bind(process);
if (send) {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  const ms = (ns: number) => ns / 1e6;
  process.on('message', (m: unknown) => {
    if (m === 'loop:reset') {
      histogram.reset();
      send({ type: 'loop:reset' });
    } else if (m === 'loop:read') {
      const delay: LoopDelay = {
        p50: ms(histogram.percentile(50)),
        p99: ms(histogram.percentile(99)),
        max: ms(histogram.max),
        mean: ms(histogram.mean),
      };
      send({ type: 'loop:read', delay });
    }
  });
  // the channel must not keep the desk alive past its graceful stop
  process.channel?.unref();
}
