/**
 * The timeline of first reads per hour, drawn with uPlot into a container in the element's shadow root. The chart
 * is decoration for sighted users: the same numbers are in the table next to it, so the canvas is hidden from
 * assistive technology and never animates (uPlot draws each frame once; cursor and zoom are off).
 */
import uPlot from 'uplot';

const HEIGHT = 180;

/** The colours to draw with, read from CSS so `--bk-*` properties and forced colours apply to the canvas too. */
function colours(container) {
	const style = getComputedStyle(container);
	return { line: style.color, grid: style.borderTopColor, text: style.getPropertyValue('--bk-chart-text').trim() || style.color };
}

function options(container, labels) {
	const { line, grid, text } = colours(container);
	const axis = { stroke: text, grid: { stroke: grid, width: 1 }, ticks: { stroke: grid, width: 1 } };
	return {
		width: Math.max(container.clientWidth, 160),
		height: HEIGHT,
		cursor: { show: false, drag: { x: false, y: false } },
		legend: { show: false },
		select: { show: false },
		scales: { x: { time: false }, y: { range: (self, min, max) => [0, Math.max(1, max)] } },
		axes: [
			{ ...axis, label: labels.x, labelSize: 20, size: 36 },
			{ ...axis, label: labels.y, labelSize: 20, size: 44, values: (self, ticks) => ticks.map((tick) => (Number.isInteger(tick) ? tick : '')) },
		],
		series: [
			{},
			{ label: labels.y, stroke: line, width: 2, fill: null, points: { show: (self) => self.data[0].length <= 48, size: 5, fill: line } },
		],
	};
}

/** A uPlot chart of `readsPerHour` in `container` that follows the container's width; `destroy()` removes it. */
export class ReadsChart {
	#plot;
	#resize;

	constructor(container, readsPerHour, labels) {
		const data = [readsPerHour.map((row) => row.hour), readsPerHour.map((row) => row.reads)];
		this.#plot = new uPlot(options(container, labels), data, container);
		this.#resize = new ResizeObserver(() => {
			const width = Math.max(container.clientWidth, 160);
			if (width !== this.#plot.width) this.#plot.setSize({ width, height: HEIGHT });
		});
		this.#resize.observe(container);
	}

	destroy() {
		this.#resize.disconnect();
		this.#plot.destroy();
	}
}
