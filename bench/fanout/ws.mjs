// The `ws` package from the widgets' devDependencies (bench/ has no npm project of its own).
import { createRequire } from 'node:module';

const require = createRequire(new URL('../../widgets/package.json', import.meta.url));
export const { WebSocket, WebSocketServer } = require('ws');
