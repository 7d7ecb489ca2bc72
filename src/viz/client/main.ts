import type { VizPageData } from '../vizGraph.js';
import { startViz } from './app.js';
import { embeddedSource } from './embeddedSource.js';

// The browser side of `kg viz`: the graph is the JSON embedded in the page (positions computed
// in Node), read through the same GraphSource interface a live view can answer from a server.
const data = JSON.parse(document.getElementById('kg-data')!.textContent!) as VizPageData;
void startViz(embeddedSource(data));
