{{/* Chart name, truncated to the 63 characters Kubernetes allows. */}}
{{- define "budkavle.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* Fully qualified name: the release name, with the chart name unless the release already contains it. */}}
{{- define "budkavle.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{- define "budkavle.selectorLabels" -}}
app.kubernetes.io/name: {{ include "budkavle.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{- define "budkavle.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{ include "budkavle.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/part-of: budkavle
{{- with .Values.commonLabels }}
{{ toYaml . }}
{{- end }}
{{- end }}

{{- define "budkavle.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "budkavle.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{- define "budkavle.image" -}}
{{- $repository := .Values.image.repository }}
{{- if .Values.image.registry }}
{{- $repository = printf "%s/%s" .Values.image.registry .Values.image.repository }}
{{- end }}
{{- if .Values.image.digest }}
{{- printf "%s@%s" $repository .Values.image.digest }}
{{- else }}
{{- printf "%s:%s" $repository (default .Chart.AppVersion .Values.image.tag) }}
{{- end }}
{{- end }}

{{/* The CloudNativePG cluster's name; its services are <name>-rw / -ro and its app Secret <name>-app. */}}
{{- define "budkavle.cnpgName" -}}
{{- printf "%s-db" (include "budkavle.fullname" .) | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "budkavle.r2dbcUrl" -}}
{{- if .Values.database.r2dbcUrl }}
{{- .Values.database.r2dbcUrl }}
{{- else if .Values.cloudnativepg.enabled }}
{{- printf "r2dbc:postgresql://%s-rw:5432/%s" (include "budkavle.cnpgName" .) .Values.cloudnativepg.database }}
{{- end }}
{{- end }}

{{- define "budkavle.jdbcUrl" -}}
{{- if .Values.database.jdbcUrl }}
{{- .Values.database.jdbcUrl }}
{{- else if .Values.cloudnativepg.enabled }}
{{- printf "jdbc:postgresql://%s-rw:5432/%s" (include "budkavle.cnpgName" .) .Values.cloudnativepg.database }}
{{- end }}
{{- end }}

{{- define "budkavle.databaseSecret" -}}
{{- if .Values.database.existingSecret }}
{{- .Values.database.existingSecret }}
{{- else if .Values.cloudnativepg.enabled }}
{{- printf "%s-app" (include "budkavle.cnpgName" .) }}
{{- end }}
{{- end }}

{{- define "budkavle.secretName" -}}
{{- default (printf "%s-secrets" (include "budkavle.fullname" .)) .Values.secrets.existingSecret }}
{{- end }}

{{- define "budkavle.hubUrl" -}}
{{- if .Values.hubUrl }}
{{- .Values.hubUrl }}
{{- else if and .Values.ingress.enabled .Values.ingress.hosts }}
{{- printf "https://%s" (first .Values.ingress.hosts).host }}
{{- end }}
{{- end }}
