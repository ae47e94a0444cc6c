/**
 * The one place that talks to Leaflet. The map and its layers live in plain variables (never reactive
 * state): Vue proxies around Leaflet objects break its internals and cost memory.
 */
import { onBeforeUnmount, onMounted, shallowRef, watch, type Ref } from 'vue'
import L from 'leaflet'
import 'leaflet/dist/leaflet.css'
import type { Venue } from '@/shared/types'
import { tileProvider } from './tiles'

export interface UseLeafletMapOptions {
  venues: Ref<Venue[]>
  /** Called when a marker is activated. */
  onSelect?: (venue: Venue) => void
}

export interface UseLeafletMapReturn {
  ready: Ref<boolean>
  focus: (venue: Venue) => void
}

const XINJIANG_CENTER: L.LatLngTuple = [42.5, 85]

export function useLeafletMap(container: Ref<HTMLElement | null>, options: UseLeafletMapOptions): UseLeafletMapReturn {
  let map: L.Map | undefined
  let markers: L.LayerGroup | undefined
  const ready = shallowRef(false)

  function render(venues: Venue[]) {
    if (!map || !markers) return
    markers.clearLayers()
    for (const venue of venues) {
      const marker = L.marker([venue.location.lat, venue.location.lng], {
        title: venue.name,
        alt: venue.name,
        icon: L.divIcon({ className: `venue-pin venue-pin--${venue.location.precision}`, iconSize: [22, 22] }),
        keyboard: false,
      })
      marker.on('click', () => options.onSelect?.(venue))
      markers.addLayer(marker)
    }
  }

  onMounted(() => {
    if (!container.value) return
    const provider = tileProvider()
    map = L.map(container.value, { center: XINJIANG_CENTER, zoom: 5, zoomControl: true, attributionControl: true })
    L.tileLayer(provider.url, {
      attribution: provider.attribution,
      maxZoom: provider.maxZoom,
      subdomains: provider.subdomains ?? 'abc',
      crossOrigin: 'anonymous',
    }).addTo(map)
    markers = L.layerGroup().addTo(map)
    render(options.venues.value)
    ready.value = true
  })

  watch(options.venues, render)

  onBeforeUnmount(() => {
    map?.remove()
    map = undefined
    markers = undefined
  })

  return {
    ready,
    focus(venue) {
      map?.setView([venue.location.lat, venue.location.lng], 11)
    },
  }
}
