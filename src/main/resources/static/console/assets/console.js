/* JointClear console: CSRF header for htmx requests and Chart.js charts drawn from data-chart attributes. */
(function () {
    'use strict';

    function csrf() {
        var token = document.querySelector('meta[name="_csrf"]');
        var header = document.querySelector('meta[name="_csrf_header"]');
        return token && header ? { header: header.content, token: token.content } : null;
    }

    document.addEventListener('htmx:configRequest', function (event) {
        var c = csrf();
        if (c) {
            event.detail.headers[c.header] = c.token;
        }
    });

    // es-MX, not es: Mexico writes 1,200,000 and 0.1 (Spain's "1.200.000" and "0,1" are wrong here)
    var locale = document.documentElement.dataset.locale === 'es-MX' ? 'es-MX' : 'en-US';
    var numberFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
    var dayFormat = new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });

    /** ISO days (as in the CSV) shown as Mexico writes them, 03/12/2026; English pages keep ISO days like the rest of the console. */
    function label(l) {
        return locale === 'es-MX' && /^\d{4}-\d{2}-\d{2}$/.test(l) ? dayFormat.format(new Date(l + 'T00:00:00Z')) : l;
    }

    function draw(canvas) {
        if (!window.Chart || canvas.dataset.drawn === 'true') {
            return;
        }
        var spec = JSON.parse(canvas.dataset.chart);
        var datasets = spec.datasets.map(function (d) {
            return {
                label: d.label,
                data: d.data,
                yAxisID: spec.horizontal ? undefined : d.axis,
                xAxisID: spec.horizontal ? 'x' : undefined,
                backgroundColor: d.colors.length ? d.colors : d.color,
                borderColor: d.color,
                borderWidth: spec.type === 'line' ? 2 : 0,
                tension: 0.25,
                pointRadius: spec.type === 'line' ? 2 : undefined
            };
        });
        var scales = {};
        var valueAxis = spec.horizontal ? 'x' : 'y';
        scales[valueAxis] = {
            beginAtZero: true,
            ticks: { callback: function (v) { return numberFormat.format(v) + (spec.percent ? ' %' : ''); } }
        };
        if (spec.dualAxis) {
            scales.y2 = { beginAtZero: true, position: 'right', grid: { drawOnChartArea: false },
                ticks: { callback: function (v) { return numberFormat.format(v); } } };
            scales.y.title = { display: true, text: spec.datasets[0].label };
            scales.y2.title = { display: true, text: spec.datasets[1].label };
        }
        new window.Chart(canvas, {
            type: spec.type,
            data: { labels: spec.labels.map(label), datasets: datasets },
            options: {
                locale: locale,
                responsive: true,
                maintainAspectRatio: false,
                animation: false,
                indexAxis: spec.horizontal ? 'y' : 'x',
                scales: spec.type === 'doughnut' ? {} : scales,
                plugins: { legend: { display: spec.datasets.length > 1 || spec.type === 'doughnut' } }
            }
        });
        canvas.dataset.drawn = 'true';
    }

    function drawAll(root) {
        (root || document).querySelectorAll('canvas[data-chart]').forEach(draw);
    }

    document.addEventListener('DOMContentLoaded', function () { drawAll(document); });
    document.addEventListener('htmx:afterSwap', function (event) { drawAll(event.target); });
    var first = document.querySelector('#form-errors');
    if (first) {
        first.focus();
    }
})();
