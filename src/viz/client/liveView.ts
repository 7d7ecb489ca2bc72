import type { VizGraph } from '../vizGraph.js';
import type { StartedPage } from './app.js';
import { liveSource, type LiveQuery, type LiveSource } from './liveSource.js';
import { mergeLiveGraph } from './mergeLiveGraph.js';
import { edgeAttributes } from './edgeAttributes.js';

/** What the page hands the live view (app.ts), and whether it was served live. */
export type PageParts = StartedPage & { live?: boolean };

/**
 * kg viz --serve: when the page was served live (its search and neighbours already come from the
 * server through serverGraphSource.ts), a chosen node gets "Expand from the database", a chosen edge
 * gets "All evidence" with each sentence's article one click away, and the legend runs library queries. It only adds listeners after the page's own, so the
 * static page works unchanged. Returns null on a static page.
 */
export function wireLiveView(parts: PageParts): { source: LiveSource; idle: () => Promise<void> } | null {
  const source = liveSource(parts);
  if (!source) return null;
  const { graph, renderer, nodeById, edgeById } = parts;
  const panelBody = document.getElementById('kg-panel-body')!;
  const counts = document.getElementById('kg-counts')!;
  let pending: Promise<unknown> = Promise.resolve();
  const track = <T>(work: Promise<T>) => {
    pending = work.catch(() => undefined);
    return work;
  };

  function add(incoming: VizGraph, centreId: string): void {
    // positions live in the graph: an entity the page only knows of has none yet
    const at = (id: string) => graph.getNodeAttributes(id) as { x: number; y: number };
    const camera = renderer.getCamera().getState();
    const centre = graph.hasNode(centreId)
      ? at(centreId)
      : renderer.viewportToGraph(renderer.framedGraphToViewport({ x: camera.x, y: camera.y }));
    const extent = Math.max(
      1,
      ...graph.nodes().map((id) => Math.hypot(at(id).x - centre.x, at(id).y - centre.y)),
    );
    const merged = mergeLiveGraph(
      incoming,
      { node: (id) => graph.hasNode(id), edge: (id) => graph.hasEdge(id) },
      { id: centreId, x: centre.x, y: centre.y },
      Math.max(extent / 6, 1),
    );
    for (const node of merged.nodes) {
      nodeById.set(node.id, node);
      graph.addNode(node.id, {
        x: node.x,
        y: node.y,
        size: node.size,
        label: node.name,
        entityType: node.type,
      });
    }
    for (const edge of merged.edges) {
      if (!graph.hasNode(edge.source) || !graph.hasNode(edge.target)) continue;
      edgeById.set(edge.id, edge);
      graph.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, edgeAttributes(edge));
    }
    counts.textContent = `${graph.order} entities · ${graph.size} relations (live)`;
  }

  const button = (label: string, onClick: () => Promise<void>) => {
    const b = document.createElement('button');
    b.textContent = label;
    b.className = 'kg-live';
    b.addEventListener('click', () => {
      b.disabled = true;
      void track(onClick().finally(() => (b.disabled = false)));
    });
    return b;
  };

  // Whenever the page redraws its side panel (a node or an edge chosen by click, link or search),
  // the live actions are appended to it; the article view is left as it is.
  const panel = document.getElementById('kg-panel')!;
  new MutationObserver(() => {
    if (panel.hidden || panelBody.querySelector('.kg-live, .kg-live-article')) return;
    const { selectedNode, selectedEdge } = parts.state;
    if (selectedEdge) panelBody.append(evidenceButton(selectedEdge));
    else if (selectedNode) panelBody.append(expandButton(selectedNode));
  }).observe(panelBody, { childList: true });

  const expandButton = (node: string) =>
    button('Expand from the database', async () => {
      await parts.expand(node);
      parts.selectNode(node);
    });

  const evidenceButton = (edgeId: string) =>
    button('All evidence, with the articles', async () => {
      const e = edgeById.get(edgeId);
      if (!e) return;
      const list = document.createElement('ol');
      list.className = 'kg-evidence';
      for (const item of await source.evidence(e.source, e.type, e.target)) {
        const li = document.createElement('li');
        const quote = document.createElement('blockquote');
        quote.textContent = item.text;
        li.append(quote, articleLink(item.articleId, item.articleTitle, item.sentenceIndex));
        list.append(li);
      }
      panelBody.append(list);
    });

  function articleLink(id: string, title: string, sentence: number): HTMLElement {
    const link = document.createElement('a');
    link.href = '#';
    link.textContent = `${title} (sentence ${sentence})`;
    link.addEventListener('click', (event) => {
      event.preventDefault();
      void track(
        source!.article(id).then((article) => {
          panelBody.replaceChildren();
          const h = document.createElement('h2');
          h.className = 'kg-live-article';
          h.textContent = article.title ?? article.id;
          panelBody.append(h);
          for (const s of article.sentences) {
            const p = document.createElement('p');
            p.textContent = s.text;
            if (s.index === sentence) p.className = 'kg-live-hit';
            panelBody.append(p);
          }
          panelBody.querySelector('.kg-live-hit')?.scrollIntoView({ block: 'center' });
        }),
      );
    });
    return link;
  }

  void track(source.queries().then(queryForm));

  /** "Library queries" in the legend: a query, its parameters (defaults filled in), Run. */
  function queryForm(queries: LiveQuery[]): void {
    const box = document.createElement('div');
    box.className = 'kg-live-queries';
    const title = document.createElement('h3');
    title.textContent = 'Library queries';
    const select = document.createElement('select');
    select.id = 'kg-live-query';
    for (const q of queries) select.append(new Option(q.title, q.name));
    const fields = document.createElement('div');
    const note = document.createElement('div');
    note.className = 'kg-note';
    const showParams = () => {
      fields.replaceChildren();
      const q = queries.find((item) => item.name === select.value);
      note.textContent = q?.description ?? '';
      for (const param of q?.params ?? []) {
        const input = document.createElement('input');
        input.name = param.name;
        input.placeholder = param.name;
        input.title = param.description;
        if (param.defaultValue !== undefined)
          input.value = Array.isArray(param.defaultValue)
            ? JSON.stringify(param.defaultValue)
            : String(param.defaultValue);
        fields.append(input);
      }
    };
    select.addEventListener('change', showParams);
    const run = button('Run', async () => {
      const params = Object.fromEntries([...fields.querySelectorAll('input')].map((i) => [i.name, i.value]));
      try {
        const { rows, graph: found } = await source!.query(select.value, params);
        const first = found.nodes.find((n) => graph.hasNode(n.id)) ?? found.nodes[0];
        if (first) add(found, first.id);
        note.textContent = `${rows.length} row(s), ${found.nodes.length} entities`;
        if (first) await parts.focusNode(first.id);
      } catch (error) {
        note.textContent = (error as Error).message;
      }
    });
    run.id = 'kg-live-run';
    box.append(title, select, fields, run, note);
    document.getElementById('kg-legend')!.append(box);
    showParams();
  }

  return { source, idle: () => pending.then(() => undefined) };
}
