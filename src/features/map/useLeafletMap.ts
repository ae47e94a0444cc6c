/**
 * The one place that talks to Leaflet. The map, its layers and markers live in closure variables, never
 * in reactive state: Vue proxies around Leaflet objects break its internals and cost memory. Vue only
 * receives plain data (bounds, tile state, selected ids).
 */
/* eslint-disable simple-import-sort/imports -- leaflet.markercluster extends the global L: Leaflet must load first */
import L from 'leaflet'
import './leaflet.css'
import 'leaflet.markercluster'
import 'leaflet.markercluster/dist/MarkerCluster.css'
/* eslint-enable simple-import-sort/imports */
import { onBeforeUnmount, onMounted, type Ref, type ShallowRef, shallowRef, watch } from 'vue'

import { contentText } from '@/components/contentBlock'
import { markerHtml } from '@/components/kindStyles'
import { type MessagePart, t, textLang, tParts } from '@/i18n'
import { XINJIANG_BOUNDS } from '@/shared/constants'
import type { LatLng, Region, Venue } from '@/shared/types'

import { clearOfButtons } from './clearOfButtons'
import { MIN_ZOOM, OPENING_PADDING, openingPoints } from './firstView'
import { groupSharedPoints, type SharedPoint } from './groups'
import { type Box, PIN_GAP, placePins, settlePins } from './pinPlacement'
import type { RegionEvents } from './regionEvents'
import { type TileProvider, tileProvider } from './tiles'
import type { BoundsBox, TileState } from './types'

export interface UseLeafletMapOptions {
  venues: Ref<Venue[]>
  /** Region centres, labelled on the fallback background when tiles are unavailable. */
  regions: Ref<Region[]>
  /** The user's position for 附近, or null. */
  userPosition?: Ref<LatLng | null>
  /** Called when a marker is activated. */
  onSelect?: (venueId: string) => void
  /** A marker standing for several venues at one approximate point was tapped. */
  onSelectGroup?: (group: SharedPoint) => void
  /** Events without a venue, drawn at their region's centre. */
  regionEvents?: Ref<RegionEvents[]>
  /** Called when a region's events marker is activated. */
  onRegionEvents?: (regionId: string) => void
  provider?: TileProvider
  /** Pixels at the bottom of the map covered by the list sheet: views are centred above it. */
  bottomInset?: Ref<number>
  /** Injectable for tests. */
  navigator?: Pick<Navigator, 'onLine'>
}

export interface UseLeafletMapReturn {
  ready: Ref<boolean>
  tileState: Ref<TileState>
  /** The visible area after each move, as plain numbers. */
  bounds: ShallowRef<BoundsBox | null>
  /** Zoom to a venue, opening its cluster. */
  focus: (venueId: string) => void
  /** Fit the view to points (e.g. the user and the nearest venues). */
  fitPoints: (points: LatLng[]) => void
  /** Show the whole of Xinjiang. */
  reset: () => void
  /**
   * After something laid over the map moved (the no-tiles notice slides the buttons down): the opening view steps
   * clear of the buttons again if nothing else has moved it, and the regions' event pins are placed again.
   */
  placePins: () => void
}

/** Tile errors in a row (with no tile loaded) before the fallback background is shown. */
const FAILED_TILES_BEFORE_FALLBACK = 2
const FOCUS_ZOOM = 12
/**
 * Below this zoom (all of Xinjiang, or most of it, on a phone) a group marker shows its count only: its
 * label ("双河市区 · 3 个场馆") lay under the neighbouring cities' event pins. The marker's title and the
 * card it opens keep the whole label; zoomed in, the label comes back.
 */
const GROUP_LABEL_ZOOM = 7
/** The user's dot sits above the markers, or a cluster at the same city would hide it. */
const USER_PANE = 'kpxj-user'

const XINJIANG_LATLNG_BOUNDS: L.LatLngBoundsExpression = [
  [XINJIANG_BOUNDS.south + 1, XINJIANG_BOUNDS.west + 1],
  [XINJIANG_BOUNDS.north - 1, XINJIANG_BOUNDS.east - 1],
]

/**
 * 长辈模式's markers are 1.37 × as large (60 px targets, 适老化). Set as the icon's size, not as a CSS `scale` on
 * the marker: Leaflet places a marker with `transform`, and a `scale` on the same element scaled its position
 * too, drawing a cluster 100 px away from its venues. 长辈模式 is switched outside the map page, which builds
 * its icons afresh when it opens.
 */
const elderScale = () => (document.documentElement.hasAttribute('data-elder') ? 1.37 : 1)

/** How many venues a shared-point group marker stands for (a marker without an entry is one venue). */
const groupSizes = new WeakMap<L.Marker, number>()

/**
 * A cluster's number is its venues, not its markers: a cluster holding 昌吉市区 (9 venues) and 乌鲁木齐 (2)
 * said "2" while the list said 11.
 */
function clusterIcon(cluster: L.MarkerCluster): L.DivIcon {
  const count = cluster.getAllChildMarkers().reduce((n, marker) => n + (groupSizes.get(marker) ?? 1), 0)
  // At least 44 px: the smallest tap target outside 长辈模式 (适老化); 60 in it.
  const size = Math.round((count < 10 ? 44 : count < 100 ? 48 : 56) * elderScale())
  return L.divIcon({
    html: `<span>${count}</span>`,
    className: 'venue-cluster',
    iconSize: [size, size],
  })
}

/** A dashed disc with the count, then the area name: built from text nodes, never from HTML strings. */
function groupHtml(label: MessagePart[], count: number): HTMLElement {
  const root = document.createElement('span')
  root.className = 'venue-group-inner'
  const disc = document.createElement('span')
  disc.className = 'venue-group-disc'
  disc.append(textSpan(String(count)))
  const text = messageSpan(label)
  text.className = 'venue-group-label'
  // The marker is laid out left to right (its anchor is the disc's centre); the label reads in the page's
  // direction (not `auto`: a Uyghur label that starts with a Chinese place name would be taken as LTR).
  text.dir = document.documentElement.dir || 'ltr'
  root.append(disc, text)
  return root
}

/** A region's event pin before it is laid out (its usual size outside 长辈模式). */
const PIN_WIDTH = 150
const PIN_HEIGHT = 26

/** Marker text from content as a text node, never parsed as HTML. */
function textSpan(text: string, lang?: string): HTMLElement {
  const span = document.createElement('span')
  span.textContent = text
  if (lang) span.lang = lang
  return span
}

/** A message as a span, its Chinese parts marked for screen readers (what BaseMessage does in templates). */
function messageSpan(parts: MessagePart[]): HTMLElement {
  const span = document.createElement('span')
  for (const part of parts) {
    if (!part.zh) {
      span.append(part.text)
      continue
    }
    const bdi = document.createElement('bdi')
    bdi.lang = 'zh-CN'
    bdi.textContent = part.text
    span.append(bdi)
  }
  return span
}

/**
 * What the map shows now, as drawn (长辈模式 scales some markers with CSS), in pixels from `origin` at the map's
 * top left corner: its markers (venue pins, groups, clusters, cities' names; `markers` narrows them) and what lies
 * over the map (the zoom buttons, the legend's button, the no-tiles notice).
 */
function drawnOverMap(map: L.Map, origin: L.Point, markers: string): { markers: Box[]; buttons: Box[] } {
  const corner = map.getContainer().getBoundingClientRect()
  const drawn = (el: Element): Box => {
    const r = el.getBoundingClientRect()
    const left = origin.x + r.left - corner.left
    const top = origin.y + r.top - corner.top
    return { left, top, right: left + r.width, bottom: top + r.height }
  }
  const shown: Box[] = []
  // Hidden city names (declutterLabels) are transparent, not removed.
  for (const el of map.getPanes().markerPane.querySelectorAll<HTMLElement>(`.leaflet-marker-icon${markers}`))
    if (el.style.opacity !== '0') shown.push(drawn(el))
  const over = map.getContainer().parentElement?.querySelectorAll('.leaflet-control-zoom, .legend > summary, .venue-map-notice')
  return { markers: shown, buttons: [...(over ?? [])].map(drawn) }
}

export function useLeafletMap(container: Ref<HTMLElement | null>, options: UseLeafletMapOptions): UseLeafletMapReturn {
  let map: L.Map | undefined
  let cluster: L.MarkerClusterGroup | undefined
  let labels: L.LayerGroup | undefined
  let userLayer: L.LayerGroup | undefined
  let regionEventLayer: L.LayerGroup | undefined
  let leaderLayer: L.LayerGroup | undefined
  const markersById = new Map<string, L.Marker>()
  const cleanups: (() => void)[] = []
  const inset = () => options.bottomInset?.value ?? 0
  const ready = shallowRef(false)
  const tileState = shallowRef<TileState>('loading')
  const bounds = shallowRef<BoundsBox | null>(null)
  const nav = options.navigator ?? (typeof navigator === 'undefined' ? undefined : navigator)

  let renderedKey = ''
  /**
   * The view fitContent set (or that view stepped clear of the buttons), as long as nothing else has moved the
   * map: the user's view, or a focus, is never moved.
   */
  let fitView: { center: L.LatLng; zoom: number } | null = null

  function renderVenues(venues: Venue[]) {
    if (!map || !cluster) return
    // The list is recomputed on every clock tick; rebuild markers only when the set really changed
    // (a rebuild would also close an open spiderfied cluster under the user's finger).
    const key = venues.map((v) => v.id).join('|') + `#${options.regions.value.length}`
    if (key === renderedKey) return
    // Other venues than the fitted ones (a filter): the view stays where the user saw it, markers under a button too.
    if (renderedKey) fitView = null
    renderedKey = key
    cluster.clearLayers()
    markersById.clear()
    const layers: L.Marker[] = []
    const regionsById = new Map(options.regions.value.map((r) => [r.id, r]))
    const { singles, groups } = groupSharedPoints(venues, regionsById)
    for (const group of groups) {
      const label = t('map.group.marker', { area: group.area, n: group.venues.length })
      const marker = L.marker([group.lat, group.lng], {
        title: label,
        alt: label,
        icon: L.divIcon({
          html: groupHtml(tParts('map.group.marker', { area: group.areaParts, n: group.venues.length }, []), group.venues.length),
          className: 'venue-group',
          iconSize: undefined,
          // The disc's centre: 2 px border + 14 px padding + 14 px radius in 长辈模式 (elder.css), 18 px otherwise.
          iconAnchor: elderScale() > 1 ? [30, 30] : [18, 18],
        }),
        keyboard: false,
      })
      groupSizes.set(marker, group.venues.length)
      marker.on('click', () => options.onSelectGroup?.(group))
      for (const venue of group.venues) markersById.set(venue.id, marker)
      layers.push(marker)
    }
    for (const venue of singles) {
      const name = contentText(venue, 'name')
      const marker = L.marker([venue.location.lat, venue.location.lng], {
        title: name,
        alt: name,
        icon: L.divIcon({
          html: markerHtml(venue.kind),
          className: `venue-pin venue-pin--${venue.location.precision}`,
          // A 36 px disc in a 44 px tap area (适老化: targets ≥ 44 px; 60 in 长辈模式, its disc scaled by CSS).
          iconSize: [Math.round(44 * elderScale()), Math.round(44 * elderScale())],
        }),
        // The list beside the map is the keyboard path to every venue; thousands of focusable markers are not.
        keyboard: false,
      })
      marker.on('click', () => options.onSelect?.(venue.id))
      markersById.set(venue.id, marker)
      layers.push(marker)
    }
    // One bulk add: markercluster indexes them in chunks without blocking the main thread.
    cluster.addLayers(layers)
  }

  function markOverview() {
    map?.getContainer().classList.toggle('map-overview', map.getZoom() < GROUP_LABEL_ZOOM)
  }

  let labelMarkers: L.Marker[] = []

  function renderLabels(regions: Region[]) {
    if (!labels) return
    labels.clearLayers()
    labelMarkers = regions.map((region) =>
      L.marker([region.center.lat, region.center.lng], {
        icon: L.divIcon({
          html: textSpan(region.shortName, textLang(region.shortName)),
          className: 'map-city-label',
          iconSize: undefined,
          iconAnchor: [0, -20],
        }),
        interactive: false,
        keyboard: false,
      }).addTo(labels!),
    )
    declutterLabels()
  }

  /** Neighbouring cities (乌鲁木齐 and 昌吉 are 30 km apart) would print over each other: keep the first. */
  function declutterLabels() {
    if (!map) return
    const placed: L.Point[] = []
    for (const marker of labelMarkers) {
      const point = map.latLngToLayerPoint(marker.getLatLng())
      const clash = placed.some((p) => Math.abs(p.x - point.x) < 72 && Math.abs(p.y - point.y) < 28)
      marker.setOpacity(clash ? 0 : 1)
      if (!clash) placed.push(point)
    }
  }

  type RegionEventMarker = L.Marker & { info: { name: string; count: number; anchor?: L.PointTuple; size?: [number, number] } }
  let regionEventMarkers: L.Marker[] = []

  const regionEventIcon = (name: string, count: number, anchor: L.PointTuple) => {
    // The pill holds its words in one span: a flex box in 长辈模式, it would drop the space after the place name.
    const pill = document.createElement('span')
    pill.append(messageSpan(tParts('map.regionEvents.pin', { region: name, n: count }, ['region'])))
    return L.divIcon({
      html: pill,
      className: 'region-events-pin',
      iconSize: undefined,
      // Beside the centre, not on it (venues placed at the city centre sit exactly there): above and to the
      // right unless a neighbour or a venue marker is there (stackRegionEvents).
      iconAnchor: anchor,
    })
  }

  function renderRegionEvents(list: RegionEvents[]) {
    if (!regionEventLayer) return
    regionEventLayer.clearLayers()
    leaderLayer?.clearLayers()
    regionEventMarkers = list.map(({ region, count }) => {
      const title = t('map.regionEvents.pinTitle', { region: region.shortName, n: count })
      const marker = L.marker([region.center.lat, region.center.lng], {
        title,
        alt: title,
        icon: regionEventIcon(region.shortName, count, [-16, PIN_HEIGHT + PIN_GAP]),
        keyboard: false,
      })
      marker.on('click', () => options.onRegionEvents?.(region.id))
      ;(marker as RegionEventMarker).info = { name: region.shortName, count }
      return marker.addTo(regionEventLayer!)
    })
    stackRegionEvents()
  }

  /**
   * Neighbouring regions' counts would cover each other, or a city's venue marker, at a low zoom. Each pin
   * takes the free place nearest to its usual one (above its centre, to the right): beside, above or below,
   * inside the part of the map that shows, clear of the markers, the city names and the buttons (placePins);
   * one that cannot be clear beside its city is left to the list under the map (settlePins). Sizes are the
   * laid-out ones, so the taller pins and discs of 长辈模式 are stepped around as well.
   */
  function stackRegionEvents() {
    // No pins, nothing to place: measuring the markers would force a layout of the whole page for nothing.
    if (!map || !regionEventMarkers.length) return
    const topLeft = map.containerPointToLayerPoint([0, 0])
    const { markers, buttons } = drawnOverMap(map, topLeft, ':not(.region-events-pin)')
    const size = map.getSize()
    const shown: Box = { left: topLeft.x, top: topLeft.y, right: topLeft.x + size.x, bottom: topLeft.y + size.y - inset() }
    const points = regionEventMarkers.map((marker) => map!.latLngToLayerPoint(marker.getLatLng()))
    const pins = regionEventMarkers.map((marker, i) => {
      const { info } = marker as RegionEventMarker
      const el = marker.getElement()
      // The size as laid out, kept from when the pin was last shown (a pin left out measures 0).
      if (el?.offsetWidth) info.size = [el.offsetWidth, el.offsetHeight]
      const [width, height] = info.size ?? [PIN_WIDTH, PIN_HEIGHT]
      return { x: points[i]!.x, y: points[i]!.y, width, height }
    })
    // The cities' dots (each pin's line starts at its own) are kept clear where there is room, like markers; a
    // pin is not left out for a dot, though (settlePins).
    const dots = points.map(({ x, y }) => ({ left: x - 4, top: y - 4, right: x + 4, bottom: y + 4 }))
    const boxes = settlePins(pins, placePins(pins, [...markers, ...dots], buttons, shown), markers, buttons, shown)
    leaderLayer?.clearLayers()
    for (const [i, marker] of regionEventMarkers.entries()) {
      const { info } = marker as RegionEventMarker
      const point = points[i]!
      const box = boxes[i]
      // Left out where it cannot sit clear beside its city (settlePins): the list under the map has it.
      marker.getElement()?.style.setProperty('display', box ? '' : 'none')
      if (!box) continue
      // A line from the city to its pin, under the markers and the pin (which covers its end): a pin moved
      // aside reads as its city's, not as the nearest marker's.
      const middle = map.layerPointToLatLng([(box.left + box.right) / 2, (box.top + box.bottom) / 2])
      L.polyline([marker.getLatLng(), middle], { className: 'region-events-leader', interactive: false }).addTo(leaderLayer!)
      L.circleMarker(marker.getLatLng(), { className: 'region-events-leader', interactive: false, radius: 4 }).addTo(leaderLayer!)
      const anchor: L.PointTuple = [point.x - box.left, point.y - box.top]
      // A new icon is a new element: only where the pin really moves (the next placement would measure it again).
      if (info.anchor?.[0] !== anchor[0] || info.anchor[1] !== anchor[1]) {
        info.anchor = anchor
        marker.setIcon(regionEventIcon(info.name, info.count, anchor))
      }
    }
  }

  /** Steps a fitted view clear of the buttons: again when they move (the no-tiles notice slides them down). */
  function settleFit() {
    if (!map || !cluster || !fitView) return
    // Mid-way through the clusters' zoom animation the markers are not where they will be: its end calls again.
    if (map.getPane('mapPane')?.classList.contains('leaflet-cluster-anim')) return
    if (map.getZoom() !== fitView.zoom || !map.getCenter().equals(fitView.center)) return void (fitView = null)
    const size = map.getSize()
    // The venues' markers only: the cities' names come later (and step aside for nothing), the event pins are
    // placed after this, around whatever it moves.
    const { markers, buttons } = drawnOverMap(map, L.point(0, 0), ':not(.region-events-pin):not(.map-city-label)')
    const shift = clearOfButtons(markers, buttons, { left: 0, top: 0, right: size.x, bottom: size.y - inset() })
    if (!shift) return
    map.panBy([-shift.dx, -shift.dy], { animate: false })
    fitView = { center: map.getCenter(), zoom: map.getZoom() }
  }

  function renderUser(position: LatLng | null) {
    if (!userLayer) return
    userLayer.clearLayers()
    if (!position) return
    L.marker([position.lat, position.lng], {
      icon: L.divIcon({ className: 'map-user-dot', iconSize: [20, 20] }),
      interactive: false,
      keyboard: false,
      pane: USER_PANE,
    }).addTo(userLayer)
  }

  /** Start on what there is to see: the venues and the plan regions (all of Xinjiang when empty). */
  function fitContent() {
    if (!map) return
    const fitted = map
    // Before fitting: a first view is set at once, and its moveend with it.
    fitted.once('moveend', () => {
      fitView = { center: fitted.getCenter(), zoom: fitted.getZoom() }
      requestAnimationFrame(settleFit)
    })
    const points = openingPoints(options.venues.value, options.regions.value)
    // The page drew this view's tiles before Leaflet came (MapStage, firstView.ts): the same points and padding.
    if (points.length) map.fitBounds(L.latLngBounds(points.map((p) => [p.lat, p.lng] as L.LatLngTuple)), OPENING_PADDING)
    else map.fitBounds(XINJIANG_LATLNG_BOUNDS)
  }

  function setTileState(state: TileState) {
    tileState.value = state
    container.value?.classList.toggle('venue-map--fallback', state === 'failed')
  }

  function addTiles(target: L.Map, provider: TileProvider) {
    const layerOptions: L.TileLayerOptions = {
      attribution: provider.attribution,
      maxZoom: provider.maxZoom,
      subdomains: provider.subdomains ?? 'abc',
      // CORS requests, so the service worker can cache real (non-opaque) responses. `true` is crossorigin="",
      // the same as "anonymous" (MapStage's drawn tiles, which these must match to come from the cache).
      crossOrigin: true,
    }
    const tiles = L.tileLayer(provider.url, layerOptions)
    let failedInARow = 0
    tiles.on('tileload', () => {
      failedInARow = 0
      setTileState('ok')
    })
    tiles.on('tileerror', () => {
      failedInARow++
      if (failedInARow >= FAILED_TILES_BEFORE_FALLBACK) setTileState('failed')
    })
    tiles.addTo(target)
    const overlay = provider.overlayUrl && L.tileLayer(provider.overlayUrl, { ...layerOptions, attribution: undefined }).addTo(target)
    // Failed tiles are not retried by Leaflet: ask again when the connection comes back, and after 1 and 3 s
    // while they still fail (a phone says it is online a moment before the connection carries anything).
    const retry = () => {
      for (const wait of [0, 1000, 3000])
        setTimeout(() => {
          if (wait && tileState.value !== 'failed') return
          tiles.redraw()
          if (overlay) overlay.redraw()
        }, wait)
    }
    window.addEventListener('online', retry)
    cleanups.push(() => window.removeEventListener('online', retry))
  }

  function publishBounds() {
    if (!map) return
    const b = map.getBounds()
    bounds.value = { south: b.getSouth(), west: b.getWest(), north: b.getNorth(), east: b.getEast() }
  }

  /** Asked for before the map exists (its creation waits a task, below): run once it does. */
  const whenCreated: (() => void)[] = []

  // The map is created in a task of its own, not in the one that ran this chunk (Leaflet and markercluster,
  // ~13 ms at 1×) and mounted the component: together they made a task of ~55 ms, over 200 ms on a slow phone.
  onMounted(() => inTask(createMap))

  function createMap() {
    if (!container.value) return
    const provider = options.provider ?? tileProvider()
    // No tile fade-in: less work on cheap phones, and tiles show at once.
    const created = L.map(container.value, {
      // Added below with its buttons named in the page's language (Leaflet's own say "Zoom in").
      zoomControl: false,
      attributionControl: true,
      fadeAnimation: false,
      minZoom: MIN_ZOOM,
      maxZoom: provider.maxZoom,
    })
    created.attributionControl.setPrefix(false)
    L.control.zoom({ zoomInTitle: t('map.zoomIn'), zoomOutTitle: t('map.zoomOut') }).addTo(created)
    // Registered before the cluster layer's own handlers, so the list always follows the map.
    created.on('moveend', publishBounds)
    created.on('zoomend', declutterLabels)
    created.on('zoomend', stackRegionEvents)
    created.on('zoomend', markOverview)
    created.createPane(USER_PANE).style.zIndex = '650'
    if (provider.id === 'none' || (nav && !nav.onLine)) setTileState('failed')
    // Left before its view was set: onBeforeUnmount's `map?.remove()` does not know it yet.
    cleanups.push(() => {
      if (map !== created) created.remove()
    })

    // Setting the view measures the map's box (a layout of the page) and the tiles build their images: each in
    // a task of its own, not in Leaflet's set-up's (the three together took ~24 ms at 1×, a long task at 4×).
    // `map` is published with its view: nothing may ask a map without one for its bounds.
    inTask(() => {
      map = created
      fitContent()
      markOverview()
      whenCreated.splice(0).forEach((run) => run())
      inTask(() => {
        if (provider.id !== 'none') addTiles(created, provider)
        // The tiles are requested now; the markers come in the next slice, after the browser has painted the
        // map's frame, so no single task holds the main thread on a cheap phone.
        afterPaint(() => addOverlays())
      })
    })
  }

  function inTask(work: () => void) {
    const timer = setTimeout(work)
    cleanups.push(() => clearTimeout(timer))
  }

  function afterPaint(work: () => void) {
    let timer: ReturnType<typeof setTimeout> | undefined
    const frame = requestAnimationFrame(() => (timer = setTimeout(work)))
    cleanups.push(() => {
      cancelAnimationFrame(frame)
      clearTimeout(timer)
    })
  }

  /**
   * The clusters are drawn where they will stay, or the buttons over the map moved: a fitted view steps clear of
   * the buttons, then the event pins are placed.
   */
  function afterClusters() {
    // markercluster ends its animation after 200 ms, its markers' 0.3 s transitions run on: ended here, so that the
    // labels are measured where they stay (on a slow phone "乌鲁木齐市区" was measured short of the edge, unflipped).
    map
      ?.getPane('markerPane')
      ?.getAnimations?.({ subtree: true })
      .forEach((run) => run.finish())
    settleFit()
    stackRegionEvents()
    flipGroups()
  }

  /**
   * A shared-point marker near the map's right edge opens its label to the left, its disc still on its point:
   * "乌鲁木齐市区 · 2 个场馆" ran off a 360 px phone's map after a tap on a cluster; where neither way fits, the
   * way that runs off less. All are unflipped, then all measured, then flipped: one layout, not one per marker.
   */
  function flipGroups() {
    const box = container.value
    if (!box) return
    const groups = [...box.querySelectorAll<HTMLElement>('.venue-group')]
    for (const el of groups) el.classList.remove('venue-group--flip')
    const area = box.getBoundingClientRect()
    const flip = groups.filter((el) => {
      const r = el.getBoundingClientRect()
      const disc = el.querySelector('.venue-group-disc')?.getBoundingClientRect()
      if (!disc) return false
      // Flipped, the marker mirrors around its disc's centre; one whose disc is off the map stays as it is.
      const centre = (disc.left + disc.right) / 2
      return centre <= area.right && r.right > area.right && area.left - (2 * centre - r.right) < r.right - area.right
    })
    for (const el of flip) el.classList.add('venue-group--flip')
  }

  function addOverlays() {
    if (!map) return
    labels = L.layerGroup().addTo(map)
    userLayer = L.layerGroup().addTo(map)
    regionEventLayer = L.layerGroup().addTo(map)
    leaderLayer = L.layerGroup().addTo(map)
    cluster = L.markerClusterGroup({
      chunkedLoading: true,
      showCoverageOnHover: false,
      // Many venues share their city's centre: at the deepest zoom they fan out instead of overlapping.
      spiderfyOnMaxZoom: true,
      maxClusterRadius: 48,
      iconCreateFunction: clusterIcon,
      // The event pins step around the venue markers, which are placed in chunks and after each zoom.
      chunkProgress: (done: number, total: number) => {
        // The cluster may still be drawing its icons at this call: place the pins in the next frame.
        if (done === total) requestAnimationFrame(afterClusters)
      },
    }).addTo(map)
    cluster.on('animationend', afterClusters)
    // After the cluster layer's own handler, which adds the markers a pan brought into view.
    map.on('moveend', flipGroups)

    renderVenues(options.venues.value)
    afterPaint(() => {
      renderLabels(options.regions.value)
      renderUser(options.userPosition?.value ?? null)
      renderRegionEvents(options.regionEvents?.value ?? [])
      publishBounds()
      ready.value = true
    })
  }

  watch(options.venues, renderVenues)
  watch(options.regions, renderLabels)
  if (options.userPosition) watch(options.userPosition, renderUser)
  if (options.regionEvents) watch(options.regionEvents, renderRegionEvents)

  onBeforeUnmount(() => {
    cleanups.splice(0).forEach((cleanup) => cleanup())
    map?.remove()
    map = undefined
    cluster = undefined
    labels = undefined
    userLayer = undefined
    regionEventLayer = undefined
    leaderLayer = undefined
    markersById.clear()
  })

  function fitPoints(points: LatLng[]) {
    if (!points.length) return
    if (!map) return void whenCreated.push(() => fitPoints(points))
    map.fitBounds(L.latLngBounds(points.map((p) => [p.lat, p.lng] as L.LatLngTuple)), {
      paddingTopLeft: [32, 32],
      paddingBottomRight: [32, 32 + inset()],
      maxZoom: FOCUS_ZOOM,
    })
  }

  function focusVenue(venueId: string) {
    const marker = markersById.get(venueId)
    if (!map || !cluster || !marker) return
    const zoom = Math.max(map.getZoom(), FOCUS_ZOOM)
    // Centre the venue in the part of the map the sheet leaves visible.
    const centre = map.unproject(map.project(marker.getLatLng(), zoom).add([0, inset() / 2]), zoom)
    map.setView(centre, zoom, { animate: false })
    cluster.zoomToShowLayer(marker, () => undefined)
  }

  return {
    ready,
    tileState,
    bounds,
    placePins: afterClusters,
    focus(venueId) {
      // Asked for before the markers' slice has run (a /map?venue= link): focus once they are there.
      if (!ready.value) {
        const stop = watch(ready, () => {
          stop()
          focusVenue(venueId)
        })
        return
      }
      focusVenue(venueId)
    },
    fitPoints,
    reset: fitContent,
  }
}
